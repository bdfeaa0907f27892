pmSearch.shard("6f-6e",{"on":[1,1],"one":[2,9]});
