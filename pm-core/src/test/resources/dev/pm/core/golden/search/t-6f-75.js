pmSearch.shard("6f-75",{"our":[2,17],"out":[1,1]});
