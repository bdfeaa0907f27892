pmSearch.shard("6f-6e",{"on":[1,2],"one":[2,9]});
